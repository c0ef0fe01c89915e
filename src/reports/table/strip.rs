use crate::model::{IntExt, Scene, TimeOfDay};

/// Stripboard colours (domain.md): INT DAY white, EXT DAY yellow, INT
/// NIGHT blue, EXT NIGHT green. `INT/EXT` counts as EXT; DAWN and DUSK
/// count as DAY (they are shot in natural light).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strip {
    IntDay,
    ExtDay,
    IntNight,
    ExtNight,
}

impl Strip {
    pub fn of(scene: &Scene) -> Strip {
        let exterior = scene.int_ext != IntExt::Int;
        let night = scene.time == TimeOfDay::Night;
        match (exterior, night) {
            (false, false) => Strip::IntDay,
            (true, false) => Strip::ExtDay,
            (false, true) => Strip::IntNight,
            (true, true) => Strip::ExtNight,
        }
    }

    /// `white`, `yellow`, `blue` or `green`, as in the JSON output.
    pub fn colour(self) -> &'static str {
        match self {
            Strip::IntDay => "white",
            Strip::ExtDay => "yellow",
            Strip::IntNight => "blue",
            Strip::ExtNight => "green",
        }
    }
}

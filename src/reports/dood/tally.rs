use super::Code;

/// Day counts of a row (or of many rows added up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub work_days: usize,
    pub hold_days: usize,
    pub travel_days: usize,
    pub rehearsal_days: usize,
}

impl Tally {
    pub fn of(codes: &[Code]) -> Tally {
        let mut tally = Tally::default();
        for &code in codes {
            match code {
                Code::Hold => tally.hold_days += 1,
                Code::Travel => tally.travel_days += 1,
                Code::Rehearsal => tally.rehearsal_days += 1,
                Code::Empty => {}
                _ => tally.work_days += 1,
            }
        }
        tally
    }

    pub fn add(&mut self, other: Tally) {
        self.work_days += other.work_days;
        self.hold_days += other.hold_days;
        self.travel_days += other.travel_days;
        self.rehearsal_days += other.rehearsal_days;
    }
}

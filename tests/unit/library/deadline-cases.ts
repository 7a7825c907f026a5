/** Deadline cases: a normalised deadline, the last day of its period, and its state on a day. */
export interface DeadlineCase {
  name: string;
  deadline: string;
  end: string | null;
  today: string;
  due: 'passed' | 'upcoming' | 'none';
}

export const deadlineCases: DeadlineCase[] = [
  {
    name: 'a year ends on 31 December',
    deadline: '2026',
    end: '2026-12-31',
    today: '2026-11-26',
    due: 'upcoming',
  },
  {
    name: 'a year is not passed on its last day',
    deadline: '2025',
    end: '2025-12-31',
    today: '2025-12-31',
    due: 'upcoming',
  },
  {
    name: 'a year is passed the day after',
    deadline: '2025',
    end: '2025-12-31',
    today: '2026-01-01',
    due: 'passed',
  },
  { name: 'Q1', deadline: '2026-Q1', end: '2026-03-31', today: '2026-04-01', due: 'passed' },
  { name: 'Q3', deadline: '2026-Q3', end: '2026-09-30', today: '2026-09-30', due: 'upcoming' },
  { name: 'Q4', deadline: '2026-Q4', end: '2026-12-31', today: '2026-11-26', due: 'upcoming' },
  { name: 'H1', deadline: '2026-H1', end: '2026-06-30', today: '2026-11-26', due: 'passed' },
  { name: 'H2', deadline: '2026-H2', end: '2026-12-31', today: '2026-11-26', due: 'upcoming' },
  {
    name: 'a month (zh 2024年6月)',
    deadline: '2024-06',
    end: '2024-06-30',
    today: '2026-11-26',
    due: 'passed',
  },
  {
    name: 'February of a leap year',
    deadline: '2028-02',
    end: '2028-02-29',
    today: '2026-11-26',
    due: 'upcoming',
  },
  {
    name: 'a day',
    deadline: '2026-12-31',
    end: '2026-12-31',
    today: '2026-11-26',
    due: 'upcoming',
  },
  {
    name: 'a past day',
    deadline: '2026-11-25',
    end: '2026-11-25',
    today: '2026-11-26',
    due: 'passed',
  },
  {
    name: 'an impossible day',
    deadline: '2026-02-30',
    end: null,
    today: '2026-11-26',
    due: 'none',
  },
  { name: 'a month 13', deadline: '2026-13', end: null, today: '2026-11-26', due: 'none' },
  { name: 'free text', deadline: 'soon', end: null, today: '2026-11-26', due: 'none' },
];

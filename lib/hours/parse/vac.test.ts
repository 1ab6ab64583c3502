import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Schedule } from '../../model/schedule';
import { scheduleFromSource } from '../schedule-from-source';
import type { ParseContext } from './common';
import { readSentence } from './vac';

const FEDERAL_NS: ParseContext = { province: 'NS', calendar: 'federal', today: '2026-11-22' };
const FILE = join(
  process.cwd(),
  'data/sources/federal-vac-area-offices-2019/vac_benefits_directory_data_2019-02-22_with_area_offices.json',
);

interface Office {
  office_hours_en: string;
  office_hours_fr: string;
}
const offices = (JSON.parse(readFileSync(FILE, 'utf8')) as { areaOffices: Office[] }).areaOffices;
const parse = (data: Record<string, unknown>) => scheduleFromSource({ format: 'vac-office-hours', data }, FEDERAL_NS);
const WEEKDAYS_0830_1630 = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '08:30', closes: '16:30' }));

describe('vac-office-hours on the real strings', () => {
  it('reads every variant in the file (with and without the final period, trailing spaces) as weekdays 08:30–16:30', () => {
    const variants = new Set(offices.map((o) => JSON.stringify([o.office_hours_en, o.office_hours_fr])));
    expect(variants.size).toBeGreaterThan(1); // the period and trailing-space variants are really there
    for (const office of offices) {
      const { schedule, problems } = parse({ office_hours_en: office.office_hours_en, office_hours_fr: office.office_hours_fr });
      expect(problems).toEqual([]);
      expect(schedule.status).toBe('structured');
      expect(schedule.weekly).toEqual(WEEKDAYS_0830_1630);
      expect(schedule.holidays).toEqual({ closes: true, calendar: 'federal', stated: false });
      expect(Schedule.safeParse(schedule).success).toBe(true);
    }
  });

  it('reads each language on its own', () => {
    expect(readSentence('Monday to Friday, 8:30 to 4:30, local time.', 'en')).toEqual({
      days: [1, 2, 3, 4, 5],
      opens: '08:30',
      closes: '16:30',
    });
    expect(readSentence('du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale', 'fr')).toEqual({
      days: [1, 2, 3, 4, 5],
      opens: '08:30',
      closes: '16:30',
    });
    expect(parse({ office_hours_fr: 'du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale.' }).schedule.weekly).toEqual(
      WEEKDAYS_0830_1630,
    );
  });
});

describe('vac-office-hours on crafted strings', () => {
  it('keeps the text when the two languages disagree', () => {
    const { schedule, problems } = parse({
      office_hours_en: 'Monday to Friday, 8:30 to 4:30, local time.',
      office_hours_fr: 'du lundi au jeudi, de 8 h 30 à 16 h 30, heure locale.',
    });
    expect(problems[0]).toMatch(/French sentence .* differs/);
    expect(schedule.status).toBe('text-only');
    expect(schedule.weekly).toEqual([]);
    expect(schedule.text?.fr).toBe('du lundi au jeudi, de 8 h 30 à 16 h 30, heure locale.');
  });

  it('keeps the text when a sentence cannot be read, and gives none when there is none', () => {
    const unread = parse({ office_hours_en: 'By appointment only', office_hours_fr: '' });
    expect(unread.problems).toEqual(['vac: cannot read "By appointment only"']);
    expect(unread.schedule).toMatchObject({ status: 'text-only', text: { en: 'By appointment only' } });
    expect(parse({}).schedule.status).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';

const values = (t: string, lang: 'en' | 'fr' | 'ru', ref: string | null) => findDates(t, lang, ref).map((d) => d.value);

describe('findDates', () => {
  it('reads "last <month>" as the latest such month before the reference date and "next <month>" as the first after it', () => {
    expect(values('They met last November and again last March; they meet next January.', 'en', '2026-10-17')).toEqual(['2025-11', '2026-03', '2027-01']);
    expect(values('Ils se sont vus en novembre dernier.', 'fr', '2026-10-17')).toEqual(['2025-11']);
  });
  it('reads English full and yearless dates, ranges and months', () => {
    expect(values('They met on March 3, 2021 and again on 5-6 May 2021.', 'en', null)).toEqual(['2021-03-03', '2021-05-05']);
    expect(values('The call took place on October 9.', 'en', null)).toEqual(['--10-09']);
    expect(values('The call took place on October 9.', 'en', '2023-10-10')).toEqual(['2023-10-09']);
    expect(values('They last met in February of this year.', 'en', '2023-10-10')).toEqual(['2023-02']);
    expect(values('The forum was founded in 2019.', 'en', null)).toEqual(['2019']);
  });
  it('starts a two-day event written with "and" / "et" / "и" on its first day', () => {
    const span = (t: string, lang: 'en' | 'fr' | 'ru') => findDates(t, lang, '2024-12-01').map((d) => [d.value, d.endValue]);
    expect(span('The delegation stayed in Hanoi on 9 and 10 October 2024.', 'en')).toEqual([['2024-10-09', '2024-10-10']]);
    expect(span('The forum met on October 9 and 10.', 'en')).toEqual([['2024-10-09', '2024-10-10']]);
    expect(span("La ministre s'est rendue à Tunis les 9 et 10 octobre.", 'fr')).toEqual([['2024-10-09', '2024-10-10']]);
    expect(span('Визит состоялся 9 и 10 октября 2024 года.', 'ru')).toEqual([['2024-10-09', '2024-10-10']]);
  });
  it('reads a weekday before a date as part of that date, not as a day of its own', () => {
    expect(values("Le ministre a reçu jeudi 12 juin 2025 à Dakar l'ambassadeur.", 'fr', '2025-07-03')).toEqual(['2025-06-12']);
    expect(values('On Monday, June 9, the Secretary met the minister.', 'en', '2025-07-03')).toEqual(['2025-06-09']);
    expect(values('В четверг, 12 июня, состоялась встреча.', 'ru', '2025-07-03')).toEqual(['2025-06-12']);
    expect(values('On Monday the Secretary met the minister.', 'en', '2025-07-03')).toEqual(['2025-06-30']);
  });
  it('puts a yearless date far after the reference date in the previous year', () => {
    expect(values('The visit of December 12 was a success.', 'en', '2024-01-20')).toEqual(['2023-12-12']);
  });
  it('resolves relative days against the reference date', () => {
    expect(values('The ministers spoke yesterday.', 'en', '2022-03-01')).toEqual(['2022-02-28']);
    expect(values("Le ministre s'est rendu hier à Rabat.", 'fr', '2022-03-01')).toEqual(['2022-02-28']);
    expect(values('Сегодня состоялась встреча.', 'ru', '2022-03-01')).toEqual(['2022-03-01']);
    expect(values('The ministers spoke yesterday.', 'en', null)).toEqual([]);
  });
  it('reads French dates with "1er" and month names with accents', () => {
    expect(values('Signé le 1er février 2019 et ratifié en août 2020.', 'fr', null)).toEqual(['2019-02-01', '2020-08']);
  });
  it('reads Russian genitive months and "года"', () => {
    expect(values('Встреча прошла 4 марта 2025 года, а следующая — 23 июня.', 'ru', '2025-06-30')).toEqual(['2025-03-04', '2025-06-23']);
    expect(values('Договор подписан в 1998 году.', 'ru', null)).toEqual(['1998']);
  });
  it('does not take the English modal "may" for a month', () => {
    expect(values('The sides may meet again.', 'en', '2024-01-01')).toEqual([]);
  });
  it('resolves a weekday to the last such day up to the reference date', () => {
    expect(values('The leaders met on Monday.', 'en', '2024-11-26')).toEqual(['2024-11-25']);
    expect(values('Переговоры прошли в пятницу.', 'ru', '2024-11-26')).toEqual(['2024-11-22']);
    expect(values('Le ministre a reçu mardi son homologue.', 'fr', '2024-11-26')).toEqual(['2024-11-26']);
  });
  it('reads a weekday after "jusqu\'à" / "until" / "до" forward from the reference date', () => {
    expect(values("Le forum s'est ouvert jeudi et se poursuit jusqu'à samedi.", 'fr', '2024-10-04')).toEqual(['2024-10-03', '2024-10-05']);
    expect(values('The talks run until Friday.', 'en', '2024-10-01')).toEqual(['2024-10-04']);
  });
  it('reads the abbreviated French months of wire datelines', () => {
    expect(values('Dakar, 4 oct 2024 (AFP) - Le président', 'fr', null)).toEqual(['2024-10-04']);
    expect(values('Rabat, 12 janv. 2025 (AFP) -', 'fr', null)).toEqual(['2025-01-12']);
    expect(values('le 1er sept. 2025 et le 3 décembre 2025', 'fr', null)).toEqual(['2025-09-01', '2025-12-03']);
  });
  it('reads Russian years counted from the reference date, and "того же года" from the year named before', () => {
    expect(values('В прошлом году министры встречались в Баку.', 'ru', '2025-06-01')).toEqual(['2024']);
    expect(values('В текущем году товарооборот вырос.', 'ru', '2025-06-01')).toEqual(['2025']);
    expect(values('В мае 2023 года они встречались в Баку, а в июле того же года – в Ереване.', 'ru', '2025-06-01')).toEqual(['2023-05', '2023-07']);
  });
});

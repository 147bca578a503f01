import { describe, expect, it } from 'vitest';
import { toNominative } from './ruNames.js';

describe('toNominative', () => {
  it('brings instrumental names back', () => {
    expect(toNominative('Реджепом Тайипом Эрдоганом', 'Президентом')).toBe('Реджеп Тайип Эрдоган');
    expect(toNominative('Касым-Жомартом Токаевым', 'Президентом')).toBe('Касым-Жомарт Токаев');
    expect(toNominative('Эмманюэлем Макроном', 'Президентом')).toBe('Эмманюэль Макрон');
    expect(toNominative('Нарендрой Моди', 'Премьер-министром')).toBe('Нарендра Моди');
  });
  it('brings genitive names back', () => {
    expect(toNominative('Сергея Лаврова', 'Министра')).toBe('Сергей Лавров');
    expect(toNominative('Шавката Мирзиёева', 'Президента')).toBe('Шавкат Мирзиёев');
    expect(toNominative('Марии Захаровой', 'представителя')).toMatch(/ Захарова$/);
  });
  it('guesses the genitive of an untitled masculine pair', () => {
    expect(toNominative('Александра Вучича')).toBe('Александр Вучич');
  });
  it('leaves indeclinable foreign names and particles alone', () => {
    expect(toNominative('Луиса Инасиу Лулы да Силвы', 'Президента')).toContain('да');
    expect(toNominative('Дени Сассу-Нгессо', 'Президента')).toBe('Дени Сассу-Нгессо');
    expect(toNominative('Хейсамом Бен Тареком', 'Султаном')).toBe('Хейсам Бен Тарек');
  });
  it('prefers a form seen in the nominative elsewhere', () => {
    expect(toNominative('Никола', '', new Set(['Никола']))).toBe('Никола');
  });
});

describe('toNominative after a nominative title', () => {
  it('keeps a name ending like an instrumental when its title is in the nominative', () => {
    expect(toNominative('Ибрагим Салем', 'Министр')).toBe('Ибрагим Салем');
    expect(toNominative('Ибрагимом Салемом', 'Министром')).toBe('Ибрагим Салем');
  });
  it('leaves names in the nominative alone', () => {
    expect(toNominative('Мария Захарова', 'представитель')).toBe('Мария Захарова');
    expect(toNominative('Нарендра Моди', 'премьер-министр')).toBe('Нарендра Моди');
  });
  it('keeps a short name in -ой as written (Korean "Цой"), while a longer one is a feminine instrumental', () => {
    expect(toNominative('Цой Сон Хи', 'Министром')).toBe('Цой Сон Хи');
    expect(toNominative('Анной Петровой', 'Министром')).toBe('Анна Петрова');
  });
});

/** The simulator's Contoso people the role tests use (stable object ids; its seed gives them these Entra roles). */
export const PEOPLE = {
  megan: { id: '8a94becf-b550-55fd-a0ff-5ad939bc5b34', name: 'Megan Bowen' }, // Global Administrator
  alex: { id: 'edf27615-8d71-5682-81e0-cf99e15c0ae3', name: 'Alex Wilber' }, // Hybrid Identity Administrator
  isaiah: { id: '16003d51-e876-58a7-9fe2-f8a744de90c1', name: 'Isaiah Langer' }, // Hybrid Identity Administrator
  lynne: { id: 'f164b90f-0315-55cf-b664-3215aa3a9960', name: 'Lynne Robbins' }, // Global Reader
  adele: { id: '2d8ba698-47bb-5fa6-be7d-c7952cb03196', name: 'Adele Vance' }, // no role
} as const;

/** An object id no tenant has (someone outside the directory). */
export const STRANGER = { id: '0badc0de-0000-4000-8000-000000000000', name: 'Mallory' };

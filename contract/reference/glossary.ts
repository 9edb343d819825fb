// Acronyms of the field and their expansions (seeds/000, 001, 004). Jargon is one of the
// obstacles the field names; the UI shows these expansions wherever an acronym appears.

export interface GlossaryEntry {
  acronym: string;
  fr: string;
  en: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { acronym: 'AGAJ', fr: "Administration générale de l'Aide à la Jeunesse", en: 'General Administration of Youth Aid' },
  { acronym: 'AMO', fr: "Service d'Action en Milieu Ouvert (aide à la jeunesse non mandatée)", en: 'Open-environment youth service (non-mandated)' },
  { acronym: 'AVIQ', fr: "Agence pour une Vie de Qualité (handicap, santé, familles en Wallonie)", en: 'Walloon agency for disability, health and families' },
  { acronym: 'CPAS', fr: "Centre Public d'Action Sociale", en: 'Public social welfare centre' },
  { acronym: 'CPMS', fr: 'Centre Psycho-Médico-Social', en: 'School psycho-medical-social centre' },
  { acronym: 'COE', fr: "Centre d'Orientation Éducative", en: 'Educational guidance centre' },
  { acronym: 'IPPJ', fr: 'Institution Publique de Protection de la Jeunesse', en: 'Public youth protection institution' },
  { acronym: 'MADO', fr: 'Maison des Adolescents', en: "Adolescents' house" },
  { acronym: 'ONE', fr: "Office de la Naissance et de l'Enfance", en: 'Birth and childhood office' },
  { acronym: 'PSE', fr: "Service de Promotion de la Santé à l'École", en: 'School health promotion service' },
  { acronym: 'PV', fr: 'Procès-verbal (compte rendu de réunion)', en: 'Minutes of a meeting' },
  { acronym: 'ROI', fr: "Règlement d'Ordre Intérieur", en: 'Internal rules' },
  { acronym: 'SAJ', fr: "Service de l'Aide à la Jeunesse", en: 'Youth aid service (voluntary aid)' },
  { acronym: 'SAS', fr: "Service d'Accrochage Scolaire", en: 'School re-engagement service' },
  { acronym: 'SPJ', fr: 'Service de Protection de la Jeunesse (aide contrainte)', en: 'Youth protection service (court-ordered aid)' },
  { acronym: 'SPEP', fr: 'Service de Prestations Éducatives ou Philanthropiques', en: 'Educational or community-service programme for young people' },
  { acronym: 'SSM', fr: 'Service de Santé Mentale', en: 'Mental health service' },
];

/** Contoso's people, named as in Microsoft's demo tenants, plus one hostile name. */
export interface Person {
  given: string;
  surname: string;
  /** Alias: the UPN's local part and mailNickname. */
  alias: string;
  jobTitle: string;
  department: string;
  office: string;
  city: string;
  state: string;
  country: string;
  /** Featured people are listed in simulator.json (the bot's test personas). */
  featured?: boolean;
  displayName?: string;
  accountEnabled?: boolean;
  /** Has SMS sign-in, so an alternative security id exists and the default CTS scoping filter skips the user. */
  smsSignIn?: boolean;
}

const US = { city: 'Redmond', state: 'WA', country: 'United States' };
const p = (
  given: string,
  surname: string,
  alias: string,
  jobTitle: string,
  department: string,
  office: string,
  extra: Partial<Person> = {},
): Person => ({
  given,
  surname,
  alias,
  jobTitle,
  department,
  office,
  ...US,
  ...extra,
});

export const CONTOSO_PEOPLE: Person[] = [
  p('Adele', 'Vance', 'AdeleV', 'Retail Manager', 'Retail', '18/2111', { featured: true }),
  p('Alex', 'Wilber', 'AlexW', 'Marketing Assistant', 'Marketing', '131/1104', { featured: true }),
  p('Megan', 'Bowen', 'MeganB', 'Marketing Manager', 'Marketing', '12/1110', { featured: true }),
  p('Lee', 'Gu', 'LeeG', 'Director', 'Manufacturing', '23/3101', { featured: true, smsSignIn: true }),
  p('Diego', 'Siciliani', 'DiegoS', 'HR Manager', 'HR', '14/1108', { featured: true }),
  p('Isaiah', 'Langer', 'IsaiahL', 'Sales Rep', 'Sales', '20/1101', { featured: true }),
  p('Lynne', 'Robbins', 'LynneR', 'Planner', 'Retail', '20/1104', { featured: true }),
  p('Nestor', 'Wilke', 'NestorW', 'Director', 'Operations', '36/2121'),
  p('Patti', 'Fernandez', 'PattiF', 'President', 'Executive Management', '15/1102', { featured: true }),
  p('Pradeep', 'Gupta', 'PradeepG', 'Accountant II', 'Finance', '98/2202', {
    city: 'Cairo',
    state: 'Cairo',
    country: 'Egypt',
  }),
  p('Grady', 'Archie', 'GradyA', 'Designer', 'Research & Development', '19/2109', { city: 'Bloomington', state: 'IN' }),
  p('Henrietta', 'Mueller', 'HenriettaM', 'Developer', 'Research & Development', '18/1106'),
  p('Irvin', 'Sayers', 'IrvinS', 'Director', 'Research & Development', '20/2107', { city: 'Birmingham', state: 'AL' }),
  p('Johanna', 'Lorenz', 'JohannaL', 'Senior Engineer', 'Engineering', '23/2102', { city: 'Louisville', state: 'KY' }),
  p('Joni', 'Sherman', 'JoniS', 'Paralegal', 'Legal', '20/1109'),
  p('Lidia', 'Holloway', 'LidiaH', 'Product Manager', 'Engineering', '20/2116', { city: 'Tulsa', state: 'OK' }),
  p('Miriam', 'Graham', 'MiriamG', 'Director', 'Sales & Marketing', '131/2103', {
    city: 'San Diego',
    state: 'CA',
    featured: true,
  }),
  p('Allan', 'Deyoung', 'AllanD', 'IT Admin', 'IT', '131/1105', { city: 'Waukesha', state: 'WI', featured: true }),
  p('Christie', 'Cline', 'ChristieC', 'Buyer', 'Sales', '131/2105', { city: 'San Diego', state: 'CA' }),
  p('Debra', 'Berger', 'DebraB', 'Administrative Assistant', 'Executive Management', '18/2107', { city: 'Bellevue' }),
  p('Enrico', 'Cattaneo', 'EnricoC', 'Attorney', 'Legal', '14/1102', { city: 'Milan', state: 'MI', country: 'Italy' }),
  p('Emily', 'Braun', 'EmilyB', 'Budget Analyst', 'Finance', '97/2302'),
  p('Cameron', 'White', 'CameronW', 'Sales Manager', 'Sales', '131/1103'),
  p('Delia', 'Dennis', 'DeliaD', 'Data Analyst', 'Marketing', '131/1107'),
  p('Gerhart', 'Moller', 'GerhartM', 'Sales Rep', 'Sales', '24/1101', {
    city: 'Berlin',
    state: 'BE',
    country: 'Germany',
  }),
  p('Raul', 'Razo', 'RaulR', 'Logistics Coordinator', 'Operations', '36/1103'),
  p('Isabella', 'Simonsen', 'IsabellaS', 'Store Manager', 'Retail', '18/1101', {
    city: 'Copenhagen',
    state: 'Capital Region',
    country: 'Denmark',
  }),
  p('Ben', 'Walters', 'BenW', 'Former Contractor', 'Operations', '36/1104', { accountEnabled: false }),
  p('Seán', "O'Brien", 'SeanO', 'Solutions Architect', 'Engineering', '23/1104', {
    city: 'Dublin',
    state: 'Leinster',
    country: 'Ireland',
  }),
];

/** A few people per target tenant (their own employees). */
export const TARGET_PEOPLE: Record<string, Person[]> = {
  fabrikam: [
    p('Kim', 'Akers', 'KimA', 'IT Director', 'IT', 'F1/101'),
    p('Pat', 'Coleman', 'PatC', 'Security Administrator', 'IT', 'F1/102'),
    p('Ray', 'Chow', 'RayC', 'Finance Lead', 'Finance', 'F2/201'),
    p('Patricia', 'Fernandez', 'PatriciaF', 'Account Manager', 'Sales', 'F2/204'),
  ],
  northwind: [
    p('Nancy', 'Davolio', 'NancyD', 'Sales Representative', 'Sales', 'N1/1'),
    p('Andrew', 'Fuller', 'AndrewF', 'Vice President, Sales', 'Sales', 'N1/2'),
  ],
  tailspin: [
    p('Dan', 'Park', 'DanP', 'Operations Lead', 'Operations', 'T1/1'),
    p('Lisa', 'Taylor', 'LisaT', 'IT Admin', 'IT', 'T1/2'),
  ],
  woodgrove: [
    p('Eva', 'Corets', 'EvaC', 'Compliance Officer', 'Risk', 'W1/1'),
    p('Tom', 'Perham', 'TomP', 'IT Manager', 'IT', 'W1/2'),
  ],
};

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aboutOb2, aboutVc } from '../../../lib/formats/about';
import { withAchievements } from '../../../lib/formats/clr2/about';
import { capResult } from '../../../lib/protocol/cap';
import { resultSchema } from '../../../lib/protocol/schemas';
import { makeResult } from '../../../lib/result/make-result';
import type { Json } from '../../../lib/util/json';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { vectorHttp } from '../../support/vector-http';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const vector = (path: string) => JSON.parse(readFileSync(`tests/fixtures/vectors/${path}`, 'utf8')) as Json;

/** The OB 3.0 specification's example achievement shape (Appendix B), with its alignments and result descriptions. */
const OB3_EXAMPLE: Json = {
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  evidence: [
    {
      id: 'https://portfolio.example.org/ada/capstone',
      type: ['Evidence'],
      name: 'Capstone project',
      description: 'Forecasting model for a city bike scheme',
    },
    { id: 'http://insecure.example.org/notes', type: ['Evidence'], narrative: 'Lab notes' },
    'https://portfolio.example.org/ada/talk',
  ],
  credentialSubject: {
    type: ['AchievementSubject'],
    activityStartDate: '2025-01-06T00:00:00Z',
    activityEndDate: '2025-06-20T00:00:00Z',
    creditsEarned: 30,
    term: 'Spring 2025',
    result: [
      {
        type: ['Result'],
        resultDescription: 'urn:uuid:r1',
        value: 'A',
        alignment: [
          {
            type: ['Alignment'],
            targetName: 'Critical Thinking',
            targetFramework: 'O*NET',
            targetCode: '2.A.2.a',
            targetUrl: 'https://www.onetonline.org/find/descriptor/result/2.A.2.a',
          },
        ],
      },
    ],
    achievement: {
      type: ['Achievement'],
      name: 'Data Science Foundations',
      achievementType: 'Certificate',
      creditsAvailable: 30,
      creditUnit: 'ECTS',
      fieldOfStudy: 'Computer Science',
      specialization: 'Machine learning',
      tag: ['data', 'python', ''],
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Programming',
          targetFramework: 'O*NET',
          targetCode: '2.B.3.e',
          targetUrl: 'https://www.onetonline.org/find/descriptor/result/2.B.3.e',
        },
        {
          type: ['Alignment'],
          targetName: 'EQF level 6',
          targetFramework: 'European Qualifications Framework',
          targetUrl: 'https://europa.eu/europass/en/description-eight-eqf-levels',
        },
        {
          type: ['Alignment'],
          targetName: 'Mathematics',
          targetFramework: 'O*NET',
          targetCode: '2.A.1.e',
          targetUrl: 'javascript:alert(1)',
        },
      ],
      resultDescription: [
        {
          id: 'urn:uuid:r1',
          type: ['ResultDescription'],
          name: 'Grade',
          resultType: 'LetterGrade',
          alignment: [{ type: ['Alignment'], targetName: 'programming', targetCode: '2.B.3.e', targetFramework: 'O*NET' }],
        },
      ],
    },
  },
};

describe('about this credential: OB 3.0', () => {
  it('reads kind, size, level, dates, skills with framework and code, and evidence', () => {
    const about = aboutVc(OB3_EXAMPLE);
    expect(about).toMatchObject({
      achievementType: 'Certificate',
      tags: ['data', 'python'],
      creditsAvailable: 30,
      creditsEarned: 30,
      creditUnit: 'ECTS',
      fieldOfStudy: 'Computer Science',
      specialization: 'Machine learning',
      level: 'EQF level 6',
      activityStart: '2025-01-06T00:00:00.000Z',
      activityEnd: '2025-06-20T00:00:00.000Z',
      term: 'Spring 2025',
    });
    expect(about?.skills).toEqual([
      { name: 'Programming', framework: 'O*NET', code: '2.B.3.e', url: 'https://www.onetonline.org/find/descriptor/result/2.B.3.e' },
      { name: 'Mathematics', framework: 'O*NET', code: '2.A.1.e' },
      { name: 'Critical Thinking', framework: 'O*NET', code: '2.A.2.a', url: 'https://www.onetonline.org/find/descriptor/result/2.A.2.a' },
    ]);
    expect(about?.evidence).toEqual([
      {
        name: 'Capstone project',
        description: 'Forecasting model for a city bike scheme',
        url: 'https://portfolio.example.org/ada/capstone',
      },
      { description: 'Lab notes' },
      { url: 'https://portfolio.example.org/ada/talk' },
    ]);
  });

  it('says nothing the credential does not say', () => {
    expect(aboutVc({ credentialSubject: { achievement: { name: 'Plain' } } })).toBeUndefined();
    expect(aboutVc({ credentialSubject: { achievement: { creditsAvailable: -3, alignment: [{ targetName: '' }] } } })).toBeUndefined();
  });

  it('the public vectors: achievementType from the 1EdTech and DCC credentials', () => {
    expect(aboutVc(vector('ob3/1edtech-val_simple-did-key-method.json'))).toEqual({ achievementType: 'Achievement' });
    expect(aboutVc(vector('dcc/verifier-core_safeModeBreaker.json'))?.achievementType).toBe('Certification');
  });

  it('an about section survives the message schema, and capping keeps it within limits', () => {
    const about = aboutVc(OB3_EXAMPLE)!;
    const many = { ...about, tags: Array.from({ length: 80 }, (_, i) => `t${i}`) };
    const result = makeResult(
      { source: 'x', format: 'ob3-di', checks: [], credential: { name: 'n' }, about: many, assurance: 'none' },
      Date.parse('2026-01-01T00:00:00Z'),
    );
    expect(resultSchema.safeParse(result).success).toBe(false);
    const capped = capResult(result);
    expect(resultSchema.safeParse(capped).success).toBe(true);
    expect(capped.about?.tags).toHaveLength(50);
  });
});

describe('about this credential: OB 2.0', () => {
  it('reads tags, alignments and evidence of a badge class and assertion', () => {
    const badge = {
      name: 'Robotics',
      tags: ['robotics', 'stem'],
      alignment: [
        {
          targetName: 'Build a robot',
          targetUrl: 'https://standards.example.org/robotics/1',
          targetDescription: 'x',
          targetFramework: 'Example STEM',
          targetCode: 'R.1',
        },
        { targetName: 'NQF Level 4', targetUrl: 'https://nqf.example.org/4', targetFramework: 'National Qualifications Framework' },
      ],
    };
    const assertion = { evidence: { id: 'https://evidence.example.org/robot', name: 'Robot video', narrative: 'Video of the robot' } };
    expect(aboutOb2(assertion, badge)).toEqual({
      tags: ['robotics', 'stem'],
      level: 'NQF Level 4',
      skills: [{ name: 'Build a robot', framework: 'Example STEM', code: 'R.1', url: 'https://standards.example.org/robotics/1' }],
      evidence: [{ name: 'Robot video', description: 'Video of the robot', url: 'https://evidence.example.org/robot' }],
    });
  });

  it('the 1EdTech robotics badge class has no tags or alignments to show', () => {
    expect(aboutOb2({}, vector('ob2/1edtech-val_assets_robotics-badge.json'))).toBeUndefined();
  });
});

describe('about this credential: CLR 2.0', () => {
  const nested = (name: string, about?: Json) =>
    makeResult({ source: 's', format: 'ob3-di', checks: [], credential: { name }, ...(about ? { about } : {}), assurance: 'signed' }, 0);

  it('lists the nested achievements and adds up their credits (earned before available)', () => {
    const summary = withAchievements({ achievementType: 'LearningProgram' }, [
      nested('Python', { achievementType: 'Course', creditsAvailable: 5, creditsEarned: 4 }),
      nested('Statistics', { creditsAvailable: 6 }),
      nested('Teamwork'),
    ]);
    expect(summary.about).toEqual({
      achievementType: 'LearningProgram',
      achievements: [{ name: 'Python', achievementType: 'Course', credits: 4 }, { name: 'Statistics', credits: 6 }, { name: 'Teamwork' }],
      creditsTotal: 10,
    });
  });

  it('the 1EdTech CLR vector lists its nested achievement', async () => {
    const [result] = await verifyBytes(
      readFileSync('tests/fixtures/vectors/clr2/1edtech-val_clr20_simple.json'),
      'x',
      testEnv(vectorHttp()),
    );
    expect(result?.about?.achievements).toEqual([{ name: 'Teamwork' }]);
  });

  it('no credits anywhere: no total', () => {
    expect(withAchievements(undefined, [nested('Teamwork')]).about).toEqual({ achievements: [{ name: 'Teamwork' }] });
    expect(withAchievements({ term: 'x' }, [])).toEqual({ about: { term: 'x' } });
    expect(withAchievements(undefined, [])).toEqual({});
  });
});

describe('about this credential: the demo world’s recruiter certificate', () => {
  it('verifies and carries every about field, issued to Ada Lovelace', async () => {
    const http = generatedSiteHttp();
    const [result] = await verifyBytes(readFileSync(`${GENERATED}/badges/ob3-recruiter-certificate.json`), 'x', testEnv(http));
    expect(result).toMatchObject({ status: 'verified', credential: { recipient: { name: 'Ada Lovelace', hashed: true } } });
    expect(result?.about).toMatchObject({
      achievementType: 'Certificate',
      creditsAvailable: 30,
      creditsEarned: 30,
      creditUnit: 'ECTS',
      level: 'EQF level 6',
      term: 'Spring 2025',
    });
    expect(result?.about?.skills?.map((s) => s.code)).toEqual(['2.B.3.e', '2.A.1.e', '15-2051.00']);
    expect(result?.about?.evidence?.[0]?.name).toBe('Capstone project');
  });
});

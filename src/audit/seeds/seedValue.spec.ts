import { analyzePython } from '../python/analyze';
import { seedValueOf } from './seedValue';

/** The seed value passed to the last seeding call (`*.seed`, `*.key`, `*.PRNGKey`) of the source. */
function valueOfLastCall(source: string): ReturnType<typeof seedValueOf> {
  const analysis = analyzePython(source);
  const seeding = analysis.calls
    .filter(c => /(seed|key|Key)$/.test(c.text))
    .sort((a, b) => b.offset - a.offset)[0];
  return seedValueOf(seeding.positional[0], { analysis, offset: seeding.offset, scope: seeding.scope });
}

describe('seedValueOf', () => {
  test.each([
    ['import random\nrandom.seed(42)', { kind: 'fixed' }],
    ['import random\nrandom.seed()', { kind: 'missing' }],
    ['import random\nrandom.seed(None)', { kind: 'none' }],
    ['import random\nSEED = 7\nrandom.seed(SEED)', { kind: 'fixed' }],
    ['import random\nrandom.seed(args.seed)', { kind: 'fixed' }],
    ['import random, time\nrandom.seed(time.time())', { kind: 'entropy', source: 'time.time' }],
    ['import random\nimport time as t\nrandom.seed(int(t.time_ns()))', { kind: 'entropy', source: 'time.time_ns' }],
    ['import random\nfrom datetime import datetime\nrandom.seed(datetime.now().timestamp())', { kind: 'entropy', source: 'datetime.datetime.now' }],
    ['import random, os\nrandom.seed(int.from_bytes(os.urandom(4), "big"))', { kind: 'entropy', source: 'os.urandom' }],
    ['import random, time\nseed = int(time.time())\nrandom.seed(seed)', { kind: 'entropy', source: 'time.time' }],
    ['import random, time\nbase = time.time()\nseed = base\nrandom.seed(seed)', { kind: 'entropy', source: 'time.time' }],
    // Only the assignment in force counts: the fixed one comes last.
    ['import random, time\nseed = time.time()\nseed = 3\nrandom.seed(seed)', { kind: 'fixed' }],
    // Inside a function, a module-level assignment is in force whenever it was written.
    ['import random, time\ndef f():\n    random.seed(SEED)\nSEED = time.time()\nf()', { kind: 'entropy', source: 'time.time' }],
    ['import jax, uuid\nkey = jax.random.PRNGKey(uuid.uuid4().int % 1000)', { kind: 'entropy', source: 'uuid.uuid4' }],
    ['import jax, secrets\nkey = jax.random.key(secrets.randbits(32))', { kind: 'entropy', source: 'secrets.randbits' }]
  ])('%j', (source, expected) => {
    expect(valueOfLastCall(source)).toEqual(expected);
  });
});

// Every property test runs with one fixed seed, so CI never fails at random. fast-check prints the
// seed and the path of a failing case in its error ("{ seed: 20261129, path: "…" }"); to explore
// other cases locally, run with FC_SEED=<n>.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261129);
fc.configureGlobal({ seed, verbose: 1 });

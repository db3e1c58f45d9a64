// Loads the `ProvidedContext` augmentation so `inject('prismUrl')` is typed in these tests.
import type {} from '@ethora/testkit/prism-global-setup';

// Loads the `ProvidedContext` augmentations so `inject('ejabberd')` and `inject('prismUrl')` are typed.
import type {} from '@ethora/testkit/ejabberd-global-setup';
import type {} from '@ethora/testkit/prism-global-setup';

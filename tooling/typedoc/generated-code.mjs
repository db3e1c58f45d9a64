// TypeDoc plugin for the code under `src/generated/`, which is documented by the OpenAPI spec it comes
// from (operation summaries and schema descriptions become its doc comments):
// - its undocumented structural members (parameters, responses, content, ...) are exempt from
//   `validation.notDocumented`; every hand-written export still needs its own doc comment;
// - `paths` and `operations` are listed without their members: expanded, they fill tens of megabytes
//   of HTML that the spec shows better. `components` (the schemas) is kept in full.
import { Comment, Converter, ReflectionKind } from 'typedoc';

const GENERATED_DIR = 'src/generated/';
const SUMMARISED = {
  paths:
    'Every route of the Ethora API with its request and response types, keyed by path and then by HTTP method; generated from the OpenAPI spec. Use it to type your own helpers, e.g. `paths["/v2/chats"]["post"]`.',
  operations:
    'The request and response types of every operation, keyed by `operationId`; generated from the OpenAPI spec.',
};

/** @param {import('typedoc').ProjectReflection} project */
function isGenerated(project, reflection) {
  return project.getSymbolIdFromReflection(reflection)?.packagePath.startsWith(GENERATED_DIR) ?? false;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Interface)) {
      const summary = SUMMARISED[reflection.name];
      if (!summary || !isGenerated(project, reflection)) continue;
      for (const child of [...(reflection.children ?? [])]) project.removeReflection(child);
      if (!reflection.hasComment()) reflection.comment = new Comment([{ kind: 'text', text: summary }]);
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    // Only names the validator looks at may be listed: TypeDoc warns about unused entries.
    const kinds = app.options
      .getValue('requiredToBeDocumented')
      .reduce(
        (all, kind) => all | ReflectionKind[kind],
        ReflectionKind.SomeSignature & ~ReflectionKind.IndexSignature,
      );
    const exempt = new Set(app.options.getValue('intentionallyNotDocumented'));
    for (const reflection of project.getReflectionsByKind(kinds)) {
      if (!reflection.hasComment() && isGenerated(project, reflection))
        exempt.add(reflection.getFriendlyFullName());
    }
    app.options.setValue('intentionallyNotDocumented', [...exempt]);
  });
}

import Foundation

/// Validates YAML files against advocate's JSON Schemas with Python's `jsonschema`
/// (Draft202012Validator), an implementation independent of advocate, reading the YAML as an
/// editor's YAML language server does (YAML 1.2 core schema: `no` is a string, `2022` a number).
enum SchemaCheck {
    /// One line per file, `ok PATH` or `PATH: at KEY.PATH: MESSAGE` for each error; `files`
    /// maps each YAML file to the schema file it is checked against.
    static func validate(_ files: [(yaml: String, schema: String)], in directory: URL) throws -> ProcessResult {
        let script = """
            import json, re, sys, yaml
            from jsonschema import Draft202012Validator

            class Core(yaml.SafeLoader):
                pass
            Core.yaml_implicit_resolvers = {}
            for tag, pattern, first in [
                ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
                ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
                ("float", r"^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$", "-+0123456789."),
                ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
            ]:
                Core.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(first))
            Core.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node).lower() == "true")

            failed = False
            arguments = sys.argv[1:]
            for path, schema_path in zip(arguments[::2], arguments[1::2]):
                schema = json.load(open(schema_path))
                Draft202012Validator.check_schema(schema)
                document = yaml.load(open(path, encoding="utf-8"), Loader=Core)
                errors = sorted(Draft202012Validator(schema).iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
                for error in errors:
                    failed = True
                    place = ".".join(map(str, error.absolute_path)) or "(top)"
                    print(f"{path}: at {place}: {error.message}")
                if not errors:
                    print(f"ok {path}")
            sys.exit(1 if failed else 0)
            """
        return try ExternalCheck.run("python3", ["-c", script] + files.flatMap { [$0.yaml, $0.schema] }, in: directory)
    }
}

#!/usr/bin/env python3
"""A translation hook for advocate's `translate` stage, for a self-hosted LibreTranslate server.

advocate runs it with the `command` provider (docs/translation.md):

    pipeline:
      - stage: translate
        options:
          provider: command
          command: [python3, plugins/libretranslate_hook.py, --url, "http://127.0.0.1:5000"]

It reads one JSON request on stdin:
    {"type": "translate", "protocol": "1.0", "source_language": "fr", "target_language": "nl",
     "glossary": [{"term": "Smart", "translation": "Smart"}, ...],
     "texts": [{"key": "demands.fair-price.title", "text": "..."}, ...]}
and writes one JSON object on stdout:
    {"translations": [{"key": "demands.fair-price.title", "text": "..."}, ...]}

For each text it calls LibreTranslate's documented API, `POST /translate` with a JSON body
`{"q": text, "source": "fr", "target": "nl", "format": "text", "api_key": ...}`, which answers
`{"translatedText": "..."}`. Glossary terms and Mustache placeholders (`{{...}}`) are replaced by
opaque tokens before the text is sent, and put back after, so the engine cannot translate them:
a glossary term comes back as its fixed translation.

Options: --url URL (required), --api-key KEY (or LIBRETRANSLATE_API_KEY), --timeout SECONDS.
"""
import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.request

PLACEHOLDER = re.compile(r"\{\{\{?[^{}]*\}?\}\}")


def protect(text, glossary):
    """The text with placeholders and glossary terms swapped for tokens, and the tokens' values."""
    values = []

    def token(value):
        values.append(value)
        return f"[[{len(values) - 1}]]"

    text = PLACEHOLDER.sub(lambda match: token(match.group(0)), text)
    for entry in sorted(glossary, key=lambda entry: -len(entry["term"])):
        text = text.replace(entry["term"], token(entry["translation"]))
    return text, values


def restore(text, values):
    return re.sub(r"\[\[\s*(\d+)\s*\]\]", lambda match: values[int(match.group(1))], text)


def translate(url, api_key, timeout, text, source, target):
    body = {"q": text, "source": source, "target": target, "format": "text"}
    if api_key:
        body["api_key"] = api_key
    request = urllib.request.Request(
        url.rstrip("/") + "/translate", data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))["translatedText"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--api-key", default=os.environ.get("LIBRETRANSLATE_API_KEY"))
    parser.add_argument("--timeout", type=float, default=30)
    arguments = parser.parse_args()

    request = json.loads(sys.stdin.read())
    if str(request.get("protocol", "")).split(".")[0] != "1":
        sys.exit(f"this hook speaks protocol 1, not {request.get('protocol')}")
    translations = []
    for item in request["texts"]:
        protected, values = protect(item["text"], request.get("glossary", []))
        try:
            translated = translate(arguments.url, arguments.api_key, arguments.timeout, protected,
                                   request["source_language"], request["target_language"])
        except (urllib.error.URLError, OSError, KeyError, ValueError) as error:
            sys.exit(f"LibreTranslate at {arguments.url} failed on {item['key']}: {error}")
        translations.append({"key": item["key"], "text": restore(translated, values)})
    json.dump({"translations": translations}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

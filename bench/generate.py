#!/usr/bin/env python3
"""Generate benchmark catalogs for Casebook and matching Hugo sites.

For each size this writes two folders under OUT/<size>/:

  content/  a Casebook catalog (site.yaml, channels.yaml, goals/, use-cases/, events/)
  hugo/     a Hugo project that renders the same pages from data/catalog.json with the
            layouts in bench/hugo/layouts

Sizes:

  real     a copy of the project's content/ folder
  10x100   10 goals with 100 use cases each (1,000 goal entries)
  20x500   20 goals with 500 use cases each (10,000 goal entries)
  1000x10  1,000 goals with 10 use cases each (10,000 goal entries)

Synthetic catalogs reuse use cases and events the way the real catalog does. The use-case pool
has max(use cases per goal, entries / 4) use cases, so each one appears under about four goals
(the real catalog has 25 entries for 16 use cases, so its use cases repeat less). Entry k of goal g takes use case
(g * per_goal + k) mod pool, which keeps use cases distinct within a goal and uses every one.
Each use case lists 3 events from a pool of max(20, use cases / 10) events, so every event is
used. Every goal entry becomes its own section on the goal page, so 10,000 entries mean 10,000
use-case sections. Output depends only on the size, never on the clock or the machine.
"""

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
SIZES = {"real": None, "10x100": (10, 100), "20x500": (20, 500), "1000x10": (1000, 10)}
PROPERTY_NAMES = [
    "order_id", "checkout_id", "total", "revenue", "currency", "product_id", "sku",
    "category", "name", "price", "quantity", "coupon", "url", "path", "referrer", "title",
    "plan", "trial_days", "step", "method", "campaign", "source", "medium", "user_id",
]
VERBS = ["Accelerate", "Increase", "Reduce", "Personalize", "Suppress", "Nurture", "Convert"]
OBJECTS = ["signups", "repeat purchases", "churn", "onboarding", "upsell", "winback", "trials"]


def slugify(text):
    """Return the URL slug Casebook derives from a name, such as `sms-push-notifications`."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------------------------------------
# Reading the real catalog. The content files use a small YAML subset: scalars, block scalars
# (| and >-), block lists of scalars, flow lists ([a, b]) and lists of flat mappings.


def parse_scalar(text):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        return [item.strip() for item in inner.split(",")] if inner else []
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def parse_block_scalar(lines, start, style):
    body = []
    index = start
    while index < len(lines) and (lines[index].startswith("  ") or not lines[index].strip()):
        body.append(lines[index][2:])
        index += 1
    while body and not body[-1].strip():
        body.pop()
    if style.startswith(">"):
        text = " ".join(line.strip() for line in body)
    else:
        text = "\n".join(body) + "\n"
    return text, index


def parse_list(lines, start):
    items = []
    index = start
    while index < len(lines) and lines[index].startswith("  "):
        line = lines[index]
        if line.startswith("  - "):
            entry = line[4:]
            if ":" in entry and not entry.startswith("["):
                key, _, value = entry.partition(":")
                items.append({key.strip(): parse_scalar(value)})
            else:
                items.append(parse_scalar(entry))
        elif line.startswith("    ") and isinstance(items[-1], dict):
            key, _, value = line.strip().partition(":")
            items[-1][key.strip()] = parse_scalar(value)
        index += 1
    return items, index


def parse_yaml(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if not line.lstrip().startswith("#")]
    document = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if value in ("|", ">-", ">", "|-"):
            document[key], index = parse_block_scalar(lines, index, value)
        elif value:
            document[key] = parse_scalar(value)
        else:
            document[key], index = parse_list(lines, index)
    return document


def read_real(content):
    site = parse_yaml(content / "site.yaml")
    channels = parse_yaml(content / "channels.yaml")
    goals = {key: parse_yaml(content / "goals" / f"{key}.yaml") for key in site["goals"]}
    use_cases = {p.stem: parse_yaml(p) for p in sorted((content / "use-cases").glob("*.yaml"))}
    events = {p.stem: parse_yaml(p) for p in sorted((content / "events").glob("*.yaml"))}
    return {"site": site, "channels": channels, "goals": goals, "use_cases": use_cases,
            "events": events}


# ---------------------------------------------------------------------------------------------
# Synthetic catalogs.


def synthesize(goal_count, per_goal, real):
    rng = random.Random(f"{goal_count}x{per_goal}")
    entries = goal_count * per_goal
    pool = max(per_goal, entries // 4)
    event_pool = max(20, pool // 10)
    sources = [c["name"] for c in real["channels"]["sources"]]
    destinations = [c["name"] for c in real["channels"]["destinations"]]

    events = {}
    for number in range(event_pool):
        key = f"event-{number:05d}"
        count = rng.randint(0, 8)
        events[key] = {"name": f"Event {number:05d} Completed", "slug": key,
                       "properties": rng.sample(PROPERTY_NAMES, count)}
    event_keys = list(events)
    use_cases = {}
    for number in range(pool):
        key = f"use-case-{number:05d}"
        verb = VERBS[number % len(VERBS)]
        thing = OBJECTS[(number // len(VERBS)) % len(OBJECTS)]
        use_cases[key] = {
            "title": f"{verb} {thing} {number:05d}", "slug": key,
            "summary": f"{verb.lower()} {thing} for audience {number:05d} with messaging",
            "events": [event_keys[(3 * number + i) % event_pool] for i in range(3)],
        }
    use_case_keys = list(use_cases)
    goals = {}
    for number in range(goal_count):
        key = f"goal-{number:04d}"
        goal_entries = []
        for k in range(per_goal):
            goal_entries.append({
                "use_case": use_case_keys[(number * per_goal + k) % pool],
                "sources": sorted(rng.sample(sources, rng.randint(1, len(sources))),
                                  key=sources.index),
                "destinations": sorted(rng.sample(destinations, rng.randint(1, 4)),
                                       key=destinations.index),
            })
        goals[key] = {"title": f"Business goal {number:04d}", "slug": key,
                      "summary": f"reach business outcome {number:04d}",
                      "use_cases": goal_entries}
    site = dict(real["site"])
    site["title"] = f"Benchmark catalog {goal_count}x{per_goal}"
    site["goals"] = list(goals)
    return {"site": site, "channels": real["channels"], "goals": goals,
            "use_cases": use_cases, "events": events}


def yaml_string(text):
    return json.dumps(text, ensure_ascii=False)


def write_yaml_catalog(catalog, content):
    site = catalog["site"]
    (content / "goals").mkdir(parents=True)
    (content / "use-cases").mkdir()
    (content / "events").mkdir()
    lines = [f"title: {yaml_string(site['title'])}", f"language: {site['language']}"]
    for key in ("description", "intro", "goals_intro"):
        if key in site:
            lines.append(f"{key}: {yaml_string(site[key])}")
    lines.append("goals:")
    lines += [f"  - {key}" for key in site["goals"]]
    (content / "site.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    channels = ["sources:"] + [f"  - name: {c['name']}" for c in catalog["channels"]["sources"]]
    channels += ["destinations:"]
    channels += [f"  - name: {c['name']}" for c in catalog["channels"]["destinations"]]
    (content / "channels.yaml").write_text("\n".join(channels) + "\n", encoding="utf-8")

    for key, goal in catalog["goals"].items():
        lines = [f"title: {goal['title']}", f"slug: {goal['slug']}",
                 f"summary: {goal['summary']}", "use_cases:"]
        for entry in goal["use_cases"]:
            lines.append(f"  - use_case: {entry['use_case']}")
            lines.append(f"    sources: [{', '.join(entry['sources'])}]")
            lines.append(f"    destinations: [{', '.join(entry['destinations'])}]")
        (content / "goals" / f"{key}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    for key, use_case in catalog["use_cases"].items():
        lines = [f"title: {use_case['title']}", f"slug: {use_case['slug']}",
                 f"summary: {use_case['summary']}", "events:"]
        lines += [f"  - {event}" for event in use_case["events"]]
        (content / "use-cases" / f"{key}.yaml").write_text("\n".join(lines) + "\n",
                                                           encoding="utf-8")
    for key, event in catalog["events"].items():
        lines = [f"name: {event['name']}", f"slug: {event['slug']}"]
        if event["properties"]:
            lines.append("properties:")
            lines += [f"  - {name}" for name in event["properties"]]
        else:
            lines.append("properties: []")
        (content / "events" / f"{key}.yaml").write_text("\n".join(lines) + "\n",
                                                        encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Hugo project.


def hugo_data(catalog):
    """Return the catalog as Hugo data, with keys resolved to slugs and lists in site order.

    Use cases and events are ordered by first use, as Casebook orders its list pages. Reverse
    lookups (which goals use an event or a channel) are left to the layouts.
    """
    use_cases = catalog["use_cases"]
    events = catalog["events"]
    slug_of_channel = {}
    for kind in ("sources", "destinations"):
        for channel in catalog["channels"][kind]:
            slug_of_channel[(kind, channel["name"])] = channel.get("slug") or slugify(
                channel["name"])
    goals = []
    use_case_order = {}
    for key in catalog["site"]["goals"]:
        goal = catalog["goals"][key]
        entries = []
        for entry in goal["use_cases"]:
            use_case_order.setdefault(entry["use_case"], None)
            entries.append({
                "use_case": use_cases[entry["use_case"]].get("slug", entry["use_case"]),
                "sources": [slug_of_channel[("sources", n)] for n in entry["sources"]],
                "destinations": [slug_of_channel[("destinations", n)]
                                 for n in entry["destinations"]],
            })
        goals.append({"slug": goal.get("slug", key), "title": goal["title"],
                      "summary": goal["summary"], "entries": entries})
    event_order = {}
    for key in use_case_order:
        for event in use_cases[key]["events"]:
            event_order.setdefault(event, None)
    site = catalog["site"]
    return {
        "site": {"title": site["title"], "language": site.get("language", "en"),
                 "description": site.get("description", ""), "intro": site.get("intro", ""),
                 "goals_intro": site.get("goals_intro", "")},
        "goals": goals,
        "use_cases": [{"slug": use_cases[k].get("slug", k), "title": use_cases[k]["title"],
                       "summary": use_cases[k]["summary"],
                       "events": [events[e].get("slug", e) for e in use_cases[k]["events"]]}
                      for k in use_case_order],
        "events": [{"slug": events[k].get("slug", k), "name": events[k]["name"],
                    "properties": events[k].get("properties") or []} for k in event_order],
        "sources": [{"slug": slug_of_channel[("sources", c["name"])], "name": c["name"]}
                    for c in catalog["channels"]["sources"]],
        "destinations": [{"slug": slug_of_channel[("destinations", c["name"])],
                          "name": c["name"]} for c in catalog["channels"]["destinations"]],
    }


def stub(path, front_matter):
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["---"] + [f"{key}: {json.dumps(value)}" for key, value in front_matter.items()]
    path.write_text("\n".join(lines + ["---", ""]), encoding="utf-8")


def write_hugo_site(catalog, hugo):
    data = hugo_data(catalog)
    (hugo / "data").mkdir(parents=True)
    (hugo / "data" / "catalog.json").write_text(json.dumps(data, ensure_ascii=False),
                                                encoding="utf-8")
    (hugo / "config.toml").write_text(
        'baseURL = "http://127.0.0.1/"\n'
        f'title = {json.dumps(data["site"]["title"])}\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        "disableHugoGeneratorInject = true\n",
        encoding="utf-8")
    shutil.copytree(BENCH / "hugo" / "layouts", hugo / "layouts")
    shutil.copytree(PROJECT / "templates" / "assets", hugo / "static" / "assets")
    content = hugo / "content"
    stub(content / "_index.md", {"title": data["site"]["title"]})
    stub(content / "reference" / "_index.md", {"title": "Full reference"})
    stub(content / "goals" / "_index.md", {"title": "Goals", "_build": {"render": "never"}})
    for index, goal in enumerate(data["goals"]):
        stub(content / "goals" / f"{goal['slug']}.md", {"title": goal["title"], "index": index})
    sections = [("use-cases", "Use cases", data["use_cases"], "title"),
                ("events", "Events", data["events"], "name"),
                ("sources", "Sources", data["sources"], "name"),
                ("destinations", "Destinations", data["destinations"], "name")]
    for section, title, items, label in sections:
        stub(content / section / "_index.md", {"title": title})
        for index, item in enumerate(items):
            stub(content / section / f"{item['slug']}.md", {"title": item[label], "index": index})


def generate(size, out):
    real = read_real(PROJECT / "content")
    target = out / size
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    if SIZES[size] is None:
        shutil.copytree(PROJECT / "content", target / "content")
        catalog = real
    else:
        catalog = synthesize(*SIZES[size], real)
        write_yaml_catalog(catalog, target / "content")
    write_hugo_site(catalog, target / "hugo")
    entries = sum(len(g["use_cases"]) for g in catalog["goals"].values())
    print(f"{size}: {len(catalog['goals'])} goals, {entries} entries, "
          f"{len(catalog['use_cases'])} use cases, {len(catalog['events'])} events -> {target}")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write sizes into")
    parser.add_argument("sizes", nargs="*", default=list(SIZES), choices=list(SIZES),
                        help="sizes to generate (default: all)")
    arguments = parser.parse_args(argv)
    for size in arguments.sizes:
        generate(size, arguments.out)


if __name__ == "__main__":
    main(sys.argv[1:])

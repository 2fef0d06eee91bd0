// Drives the API through openapi-fetch, typed by what openapi-typescript generated from the API's
// OpenAPI document (Generated/taxonomy.ts), against an API that holds the DISARM v1.7 import:
// node dist/smoke.js <api-url> <api-key>. Each step prints "ok" or throws; any failure ends the
// program with exit code 1.
import createClient from "openapi-fetch";
import type { components, paths } from "./Generated/taxonomy.js";

type Problem = components["schemas"]["ProblemDetails"];

class SmokeFailure extends Error {}

function check(condition: boolean, failure: string): asserts condition {
  if (!condition) {
    throw new SmokeFailure(failure);
  }
}

const [apiUrl, apiKey] = process.argv.slice(2);
if (apiUrl === undefined || apiKey === undefined) {
  console.error("usage: node dist/smoke.js <api-url> <api-key>");
  process.exit(2);
}

// This client's own technique: the other smoke clients create T0901 and T0902, the README T0900.
const newTechnique = "T0903";
// The document says include is a comma-separated list (style form, explode false); openapi-fetch
// does not read the document at run time, so it is told the same here.
const options = { baseUrl: apiUrl, querySerializer: { array: { style: "form", explode: false } } } as const;
// JSON and problems only: a GET of one object also documents its DISARM page and STIX bundle, which this program does not ask for.
const reader = createClient<paths, "application/json" | "application/problem+json">(options);
const writer = createClient<paths, "application/json" | "application/problem+json">({ ...options, headers: { "X-Api-Key": apiKey } });

/** Checks that an answer is the RFC 9457 problem the document describes, and returns it. */
function problemOf(response: Response, error: Problem | undefined, status: number): Problem {
  check(response.status === status, `expected ${status}, got ${response.status}`);
  check(response.headers.get("content-type")?.startsWith("application/problem+json") === true, `content type ${response.headers.get("content-type")}`);
  check(error !== undefined && error.status === status && typeof error.title === "string" && error.title !== "", `problem ${JSON.stringify(error)}`);
  return error;
}

const steps: [string, () => Promise<string>][] = [
  ["technique T0002 with include=tactic,counters", async () => {
    const { data: technique, error, response } = await reader.GET("/api/v1/techniques/{id}", {
      params: { path: { id: "T0002" }, query: { include: ["tactic", "counters"] } },
    });
    check(technique !== undefined, `HTTP ${response.status}: ${JSON.stringify(error)}`);
    check(technique.id === "T0002" && technique.name === "Facilitate State Propaganda" && technique.tacticId === "TA02", `got ${technique.id} ${technique.name} in ${technique.tacticId}`);
    check(technique.tactic?.id === "TA02" && technique.tactic.name === "Plan Objectives", `included tactic is ${JSON.stringify(technique.tactic)}`);
    const counters = technique.counters ?? [];
    check(counters.length > 0 && counters.every((counter) => counter.id.startsWith("C")), `included counters: ${JSON.stringify(technique.counters)}`);
    check(technique.incidents === undefined && technique.subtechniques === undefined, "relations not asked for are present");
    return `${technique.name}, tactic ${technique.tactic.name}, ${counters.length} counters`;
  }],
  ["a page of incident-techniques, then its next", async () => {
    const first = await reader.GET("/api/v1/incident-techniques", { params: { query: { pageSize: 5 } } });
    check(first.data !== undefined, `HTTP ${first.response.status}: ${JSON.stringify(first.error)}`);
    check(first.data.items.length === 5 && first.data.totalCount === 227 && typeof first.data.next === "string",
      `first page: ${first.data.items.length} items of ${first.data.totalCount}, next ${first.data.next}`);
    const second = await reader.GET("/api/v1/incident-techniques", { params: { query: { pageSize: 5, after: first.data.next } } });
    check(second.data !== undefined, `HTTP ${second.response.status}: ${JSON.stringify(second.error)}`);
    const firstIds = first.data.items.map((item) => item.id);
    const secondIds = second.data.items.map((item) => item.id);
    check(secondIds.length > 0, "second page is empty");
    check(secondIds.every((id) => !firstIds.includes(id)) && secondIds[0]! > firstIds[firstIds.length - 1]!,
      `second page ${secondIds} does not follow ${firstIds}`);
    return `${firstIds} then ${secondIds}`;
  }],
  [`create ${newTechnique} with the key, read it back, delete it`, async () => {
    const existing = await reader.GET("/api/v1/techniques/{id}", { params: { path: { id: newTechnique } } });
    if (existing.response.status === 200) {
      await writer.DELETE("/api/v1/techniques/{id}", { params: { path: { id: newTechnique } } });
    }
    const created = await writer.POST("/api/v1/techniques", {
      body: { id: newTechnique, name: "TypeScript smoke technique", tacticId: "TA06", summary: "Made by clients/typescript." },
    });
    check(created.response.status === 201 && created.data !== undefined, `HTTP ${created.response.status}: ${JSON.stringify(created.error)}`);
    check(created.data.id === newTechnique && created.data.tacticId === "TA06" && !created.data.inLatestImport, `created ${JSON.stringify(created.data)}`);
    const read = await reader.GET("/api/v1/techniques/{id}", { params: { path: { id: newTechnique } } });
    check(read.data?.name === "TypeScript smoke technique" && read.data.summary === "Made by clients/typescript.", `read back ${JSON.stringify(read.data ?? read.error)}`);
    const deleted = await writer.DELETE("/api/v1/techniques/{id}", { params: { path: { id: newTechnique } } });
    check(deleted.response.status === 204, `delete: HTTP ${deleted.response.status}: ${JSON.stringify(deleted.error)}`);
    const gone = await reader.GET("/api/v1/techniques/{id}", { params: { path: { id: newTechnique } } });
    check(gone.response.status === 404, `after the delete the technique answers ${gone.response.status}`);
    return `${created.data.id} version ${created.data.version}, deleted`;
  }],
  ["a write without the key is a 401 problem", async () => {
    const { error, response } = await reader.POST("/api/v1/techniques", { body: { id: newTechnique, name: "No key", tacticId: "TA06" } });
    const problem = problemOf(response, error, 401);
    return `${problem.status} ${problem.title}`;
  }],
  ["a bad technique id is a 404 problem", async () => {
    const { error, response } = await reader.GET("/api/v1/techniques/{id}", { params: { path: { id: "NOT-AN-ID" } } });
    const problem = problemOf(response, error, 404);
    check(problem.title === "Not found." && problem.detail?.includes("NOT-AN-ID") === true, `got ${problem.title} / ${problem.detail}`);
    return `${problem.status} ${problem.title} ${problem.detail}`;
  }],
];

for (const [name, step] of steps) {
  const started = Date.now();
  try {
    const outcome = await step();
    console.log(`[typescript] ok   ${name} (${Date.now() - started} ms): ${outcome}`);
  } catch (failure) {
    console.error(`[typescript] FAIL ${name}: ${failure instanceof SmokeFailure ? failure.message : failure instanceof Error ? failure.stack : String(failure)}`);
    process.exit(1);
  }
}
console.log(`[typescript] all ${steps.length} steps passed`);

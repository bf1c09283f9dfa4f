// Replaces window.fetch for browser tests: records each request and answers it. GETs of the link
// list get the list answer (default: no links); searches of the event log take the next queued event
// page, else the events answer (default: no events); GETs of a catalogue file (/lang/<language>-<hash>.json)
// get the catalogue set for its language (default: 404); every other request takes the next queued answer.
// An answer delayed by NEVER never comes; one delayed by HELD comes when the test releases it; an
// aborted request is recorded as such and rejects. No answer waits on a timer unless given a delay.
const NEVER = 4294967295;
const HELD = 4294967294;
export function install_fetch_stub() {
  delete window.__uilFirstList;
  const state = { requests: [], answers: [], held: [], list: { status: 200, body: '{"tokens":[]}', headers: {} },
    eventPages: [], events: { status: 200, body: '{"events":[],"total":0}', headers: {} }, catalogues: {} };
  window.__uilFetch = state;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = await request.text();
    const record = {
      method: request.method,
      url: request.url,
      body,
      headers: Object.fromEntries(request.headers.entries()),
      redirect: request.redirect,
      aborted: false,
    };
    state.requests.push(record);
    const aborted = new Promise((_, reject) => {
      const abort = () => {
        record.aborted = true;
        reject(new DOMException("The request was aborted.", "AbortError"));
      };
      if (request.signal.aborted) abort();
      request.signal.addEventListener("abort", abort, { once: true });
    });
    aborted.catch(() => {}); // an abort after the answer concerns nobody
    const isList = request.method === "GET" && new URL(request.url).pathname === "/api/admin/invite-link/tokens";
    const isEvents = request.method === "GET" && new URL(request.url).pathname === "/api/admin/search/events";
    const catalogue = request.method === "GET" && /^\/lang\/([a-z-]+)-[0-9a-f]{16}\.json$/.exec(new URL(request.url).pathname)?.[1];
    if (catalogue) return new Response(state.catalogues[catalogue] ?? "", { status: catalogue in state.catalogues ? 200 : 404 });
    const answer = isList ? state.list : isEvents ? state.eventPages.shift() ?? state.events : state.answers.shift();
    if (!answer) throw new TypeError("Failed to fetch");
    if (answer.networkFailure) throw new TypeError(answer.networkFailure);
    if ("rejectWith" in answer) throw answer.rejectWith;
    if (answer.delayMs === NEVER) await aborted;
    if (answer.delayMs === HELD) await Promise.race([new Promise((resolve) => state.held.push(resolve)), aborted]);
    else if (answer.delayMs && answer.delayMs !== NEVER) await Promise.race([new Promise((resolve) => setTimeout(resolve, answer.delayMs)), aborted]);
    const headers = Object.assign({ "content-type": "application/json" }, answer.headers);
    const content = answer.chunks ? streamOf(answer.chunks, state) : answer.body === "" ? null : answer.body;
    const response = new Response(content, { status: answer.status, headers });
    if (answer.redirected) Object.defineProperty(response, "type", { value: "opaqueredirect" });
    return response;
  };
}

// A body of `chunks` pieces of 1 MiB each, made only as the reader asks; counts the bytes taken.
function streamOf(chunks, state) {
  const piece = new Uint8Array(1 << 20).fill(0x20);
  let made = 0;
  state.bytesRead = 0;
  return new ReadableStream(
    {
      pull(sink) {
        if (made++ === chunks) return sink.close();
        state.bytesRead += piece.length;
        sink.enqueue(piece.slice());
      },
    },
    { highWaterMark: 0 },
  );
}

// Serves `body` as the catalogue file of `language` (any hash).
export function set_catalogue(language, body) {
  window.__uilFetch.catalogues[language] = body;
}

// The list answered with a 200 whose body is `chunks` MiB long, without a Content-Length.
export function set_list_stream(chunks) {
  window.__uilFetch.list = { status: 200, chunks, headers: {} };
}

// How many bytes of the streamed body the page has taken.
export function stream_bytes_read() {
  return window.__uilFetch.bytesRead ?? 0;
}

// The next answer is a redirect, as fetch gives it with `redirect: "manual"`.
export function queue_redirect() {
  window.__uilFetch.answers.push({ status: 200, body: "", redirected: true });
}

export function queue_answer(status, body, headersJson, delayMs) {
  window.__uilFetch.answers.push({ status, body, headers: JSON.parse(headersJson || "{}"), delayMs });
}

export function queue_network_failure(message) {
  window.__uilFetch.answers.push({ networkFailure: message });
}

// A fetch that rejects with something that is not an Error, as a host's replaced fetch may.
export function queue_odd_rejection() {
  window.__uilFetch.answers.push({ rejectWith: { reason: "not an Error" } });
}

// Lets every held answer go; returns how many there were.
export function release_held_answers() {
  const held = window.__uilFetch.held.splice(0);
  held.forEach((release) => release());
  return held.length;
}

// How many requests are waiting for a held answer now.
export function held_answers() {
  return window.__uilFetch.held.length;
}

export function set_list_answer(status, body, delayMs) {
  window.__uilFetch.list = { status, body, headers: {}, delayMs };
}

// Searches of the event log are answered with `status` and `body` from now on.
export function set_events_answer(status, body) {
  window.__uilFetch.events = { status, body, headers: {} };
}

// The next search of the event log gets this page (then the next queued one, then the events answer).
export function queue_events_page(status, body, delayMs) {
  window.__uilFetch.eventPages.push({ status, body, headers: {}, delayMs });
}

export function recorded_requests_json() {
  return JSON.stringify(window.__uilFetch.requests);
}

// Leaves an answer where src/start.js leaves the list read it sends early, for the app to take.
// Like a real fetch, the body arrives a moment after the headers and fails if aborted before.
export function leave_early_list(status, body, headers) {
  const controller = new AbortController();
  const stream = new ReadableStream({
    start(sink) {
      controller.signal.addEventListener("abort", () => sink.error(new DOMException("aborted", "AbortError")));
      setTimeout(() => {
        if (!controller.signal.aborted) {
          sink.enqueue(new TextEncoder().encode(body));
          sink.close();
        }
      }, 10);
    },
  });
  window.__uilFirstList = {
    controller,
    timedOut: false,
    answer: Promise.resolve(new Response(stream, { status, headers: JSON.parse(headers) })),
  };
  window.__uilEarly = window.__uilFirstList;
}

export function early_list_aborted() {
  return !!window.__uilEarly?.controller.signal.aborted;
}

// As src/start.js leaves it when its early list read got no answer within its time limit.
export function leave_early_list_timed_out() {
  window.__uilFirstList = { controller: new AbortController(), timedOut: true, answer: Promise.resolve(null) };
}

// As src/start.js leaves it when the answer's headers came but its body did not end within the time
// limit: the limit (`limitMs` here, 30 s in start.js) aborts the body and sets timedOut.
export function leave_early_list_whose_body_stalls(limitMs) {
  const controller = new AbortController();
  const sent = { controller, timedOut: false };
  const stream = new ReadableStream({
    start(sink) {
      controller.signal.addEventListener("abort", () => sink.error(new DOMException("aborted", "AbortError")));
    },
  });
  sent.timer = setTimeout(() => {
    sent.timedOut = true;
    controller.abort();
  }, limitMs);
  sent.answer = Promise.resolve(new Response(stream, { status: 200, headers: { "content-type": "application/json" } }));
  window.__uilFirstList = sent;
}

// Replaces window.fetch for browser tests: records each request and answers it. GETs of the link
// list get the list answer (default: no links); every other request takes the next queued answer.
// An answer delayed by NEVER never comes; an aborted request is recorded as such and rejects.
const NEVER = 4294967295;
export function install_fetch_stub() {
  delete window.__uilFirstList;
  const state = { requests: [], answers: [], list: { status: 200, body: '{"tokens":[]}', headers: {} } };
  window.__uilFetch = state;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = await request.text();
    const record = {
      method: request.method,
      url: request.url,
      body,
      headers: Object.fromEntries(request.headers.entries()),
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
    const answer = isList ? state.list : state.answers.shift();
    if (!answer) throw new TypeError("Failed to fetch");
    if (answer.networkFailure) throw new TypeError(answer.networkFailure);
    if (answer.delayMs === NEVER) await aborted;
    if (answer.delayMs) await Promise.race([new Promise((resolve) => setTimeout(resolve, answer.delayMs)), aborted]);
    const headers = Object.assign({ "content-type": "application/json" }, answer.headers);
    return new Response(answer.body === "" ? null : answer.body, { status: answer.status, headers });
  };
}

export function queue_answer(status, body, headersJson, delayMs) {
  window.__uilFetch.answers.push({ status, body, headers: JSON.parse(headersJson || "{}"), delayMs });
}

export function queue_network_failure(message) {
  window.__uilFetch.answers.push({ networkFailure: message });
}

export function set_list_answer(status, body, delayMs) {
  window.__uilFetch.list = { status, body, headers: {}, delayMs };
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
    answer: Promise.resolve(new Response(stream, { status, headers: JSON.parse(headers) })),
  };
}

// As src/start.js leaves it when its early list read got no answer within 30 seconds.
export function leave_early_list_timed_out() {
  window.__uilFirstList = { controller: new AbortController(), answer: Promise.resolve({ timedOut: true }) };
}

// Replaces window.fetch for browser tests: records each request, answers from a queue.
export function install_fetch_stub() {
  const state = { requests: [], answers: [] };
  window.__uilFetch = state;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = await request.text();
    state.requests.push({
      method: request.method,
      url: request.url,
      body,
      headers: Object.fromEntries(request.headers.entries()),
    });
    const answer = state.answers.shift();
    if (!answer) throw new TypeError("Failed to fetch");
    if (answer.networkFailure) throw new TypeError(answer.networkFailure);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const noBody = answer.status === 204 || answer.body === "";
    return new Response(noBody ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

export function queue_answer(status, body, headersJson, delayMs) {
  const headers = Object.assign({ "content-type": "application/json" }, JSON.parse(headersJson || "{}"));
  window.__uilFetch.answers.push({ status, body, headers, delayMs });
}

export function queue_network_failure(message) {
  window.__uilFetch.answers.push({ networkFailure: message });
}

export function recorded_requests_json() {
  return JSON.stringify(window.__uilFetch.requests);
}

import threading
import time

attempts = {"a": 0, "b": 0}
outcome = {}
flaky_failures = {"a": 2, "b": 0}


class TransientError(Exception):
    pass


def call_service(name):
    attempts[name] += 1
    if attempts[name] <= flaky_failures[name]:
        raise TransientError(name)
    return attempts[name] * 10


def with_retry(name, tries=3):
    for i in range(tries):
        try:
            outcome[name] = call_service(name)
            return
        except TransientError:
            time.sleep(0.001 * (2 ** i))
    outcome[name] = -1


ts = [threading.Thread(target=with_retry, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
a_result = outcome["a"]
b_result = outcome["b"]
print(a_result, b_result, attempts)

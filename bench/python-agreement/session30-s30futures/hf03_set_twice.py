"""Two threads race to set a hand-made Future's result: the first wins, the second's set_result
raises InvalidStateError (caught); a callback added after the future is done runs at once."""
import functools
import threading
from concurrent.futures import Future

winner = Future()
losers = 0
lock = threading.Lock()
calls = []


def record(tag, fut):
    calls.append(tag * 100 + fut.result())


def racer(n):
    global losers
    try:
        winner.set_result(n)
    except Exception:
        with lock:
            losers += 1


threads = [threading.Thread(target=racer, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
winner.add_done_callback(functools.partial(record, 7))
result = winner.result()
print(f"result={result} losers={losers} calls={calls}")
assert losers == 1 and len(calls) == 1 and calls[0] == 700 + result

"""add_done_callback on a future already done runs the callback at once, in the caller's thread."""
import threading
from concurrent.futures import ThreadPoolExecutor

calls = []


def on_done(future):
    calls.append(future.result())


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(pow, 2, 5)
    future.result()
    future.add_done_callback(on_done)
    right_away = len(calls)
print(right_away, calls)

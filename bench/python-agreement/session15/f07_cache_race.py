# bug: check-then-act on a cache -- two threads both miss and both compute the expensive value
from concurrent.futures import ThreadPoolExecutor
import time

cache = {}
computations = 0


def expensive(key):
    global computations
    computations += 1
    time.sleep(0.002)
    return key * 2


def get(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


with ThreadPoolExecutor(max_workers=2) as pool:
    answers = list(pool.map(get, [7, 7]))

print("computed", computations, "times")  # hoped for 1

# A `while len(pending) > 0:` loop over wait(FIRST_COMPLETED) left by `break` at the first pass that brought answers: one or two fast answers
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

DELAYS = {"a": 0.002, "b": 0.002, "c": 0.05}


def ask(name):
    time.sleep(DELAYS[name])
    return name


answers = []
with ThreadPoolExecutor(max_workers=3) as pool:
    pending = {pool.submit(ask, n) for n in DELAYS}
    while len(pending) > 0:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for fut in done:
            answers.append(fut.result())
        if len(answers) > 0:
            break
print("answers:", len(answers), "first:", answers[0])

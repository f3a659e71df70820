# A three-stage pipeline with daemon workers: parse -> square -> collect, each stage joined with Queue.join().
import queue
import threading

raw = queue.Queue()
parsed = queue.Queue()
collected = []
collect_lock = threading.Lock()


def parse_stage():
    while True:
        text = raw.get()
        parsed.put(int(text))
        raw.task_done()


def square_stage():
    while True:
        number = parsed.get()
        value = number * number
        with collect_lock:
            collected.append(value)
        parsed.task_done()


def run_pipeline(inputs):
    for target in (parse_stage, square_stage, square_stage):
        threading.Thread(target=target, daemon=True).start()
    for text in inputs:
        raw.put(text)
    raw.join()
    parsed.join()


run_pipeline(["2", "3", "4"])
collected.sort()
total = sum(collected)
print("collected", collected, "total", total)

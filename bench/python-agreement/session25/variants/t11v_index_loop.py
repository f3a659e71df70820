# variant of t11_partial_pipeline.py: the smallest edit past its refusal
import functools
import threading

log = []
log_lock = threading.Lock()
stage_done = [threading.Event() for _ in range(3)]


def stage(index, label, multiplier, data):
    if index > 0:
        stage_done[index - 1].wait()
    with log_lock:
        data[:] = [x * multiplier for x in data]
        log.append(f"{label}:{','.join(str(x) for x in data)}")
    stage_done[index].set()


values = [1, 2, 3]
steps = [("double", 2), ("triple", 3), ("negate", -1)]
threads = []
for index in (2, 1, 0):
    label, multiplier = steps[index]
    target = functools.partial(stage, index, label, multiplier)
    threads.append(threading.Thread(target=target, args=(values,)))
for t in threads:
    t.start()
for t in threads:
    t.join()

print(" | ".join(log))
print(values)

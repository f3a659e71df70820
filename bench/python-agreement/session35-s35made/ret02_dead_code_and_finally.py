# A `return` with statements after it in the same block: dead code after an unconditional `return`, and
# `try: ...; return` whose `finally:` (one, or two nested) runs before the thread ends.
import threading

log = []


def dead_code():
    log.append("dead-0")
    return
    log.append("dead-never")


def with_finally(n):
    try:
        try:
            log.append(f"try-{n}")
            if n == 1:
                return
            log.append(f"after-{n}")
        finally:
            log.append(f"inner-{n}")
    finally:
        log.append(f"outer-{n}")
    log.append(f"end-{n}")


threads = [threading.Thread(target=dead_code)]
threads += [threading.Thread(target=with_finally, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))

"""A worker that fails inside `with sem:` still gives the slot back (the with's exit runs)."""
import threading

sem = threading.Semaphore(1)
done = []
failures = 0
lock = threading.Lock()


def work(n):
    global failures
    try:
        with sem:
            if n == 1:
                raise RuntimeError("bad input")
            done.append(n)
    except RuntimeError:
        with lock:
            failures += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.sort()

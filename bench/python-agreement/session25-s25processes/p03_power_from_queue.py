"""`**` of items a process reads from a multiprocessing.Queue, sent back through another."""
import multiprocessing


def powers(inbox, outbox):
    while True:
        item = inbox.get()
        if item is None:
            break
        base, exponent = item
        outbox.put(base ** exponent + exponent ** base)


if __name__ == "__main__":
    inbox = multiprocessing.Queue()
    outbox = multiprocessing.Queue()
    worker = multiprocessing.Process(target=powers, args=(inbox, outbox))
    worker.start()
    inbox.put((2, 10))
    inbox.put((3, 4))
    inbox.put((5, 1))
    inbox.put((0, 3))
    inbox.put(None)
    answers = [outbox.get() for _ in range(4)]
    worker.join()
    print(answers)

import queue
import threading


def stage(func, inbox, outbox):
    item = inbox.get()
    outbox.put(func(item))


def main():
    factor = 4
    inbox = queue.Queue()
    outbox = queue.Queue()
    worker = threading.Thread(target=stage, args=(lambda n: n * factor, inbox, outbox))
    worker.start()
    inbox.put(5)
    print(outbox.get())
    worker.join()


main()

# Known bug: the consumer treats queue.Empty after a 20 ms get(timeout=...) as "producer finished", but the producer pauses 50 ms mid-stream, so the last items are never consumed.
import queue
import threading
import time

inbox = queue.Queue()
received = []


def producer():
    for i in range(4):
        if i == 2:
            time.sleep(0.05)  # slow upstream
        inbox.put(i)


def consumer():
    while True:
        try:
            msg = inbox.get(timeout=0.02)
        except queue.Empty:
            print("consumer: no more messages, exiting")
            break
        received.append(msg)


def main():
    threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("received:", received, "unread:", inbox.qsize())


if __name__ == "__main__":
    main()

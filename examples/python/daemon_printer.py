"""A daemon printer: it waits for documents forever; the main thread joins the queue, not the printer."""
import queue
import threading
import time

DOCUMENTS = 5
jobs = queue.Queue()
printed = 0


def printer():
    global printed
    while True:
        document = jobs.get()
        time.sleep(0.002)  # print it
        printed += 1
        jobs.task_done()


def main():
    threading.Thread(target=printer, daemon=True).start()
    for document in range(DOCUMENTS):
        jobs.put(document)
    jobs.join()  # every document printed; the printer is still waiting
    assert printed == DOCUMENTS
    print(f"printed {printed} documents")


if __name__ == "__main__":
    main()

# A writer fills the front buffer while a reader swaps the two buffers in a thread: refused, since each name would hold the other list from then on.
import threading

front = []
back = []
lock = threading.Lock()


def writer():
    for i in range(3):
        with lock:
            front.append(i)


def swapper():
    global front, back
    with lock:
        front, back = back, front


def main():
    threads = [threading.Thread(target=writer), threading.Thread(target=swapper)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(front) + len(back))


main()

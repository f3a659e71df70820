# Expected (CPython): the worker releases the Lock main holds (threading.Lock has no owner), main goes on: done == 1.
import threading

gate = threading.Lock()
done = 0


def opener():
    gate.release()


def main():
    global done
    gate.acquire()
    t = threading.Thread(target=opener)
    t.start()
    gate.acquire()
    done = 1
    t.join()


if __name__ == "__main__":
    main()

"""terminate() kills a child still sleeping: it never reports, exitcode is -15."""
import multiprocessing as mp
import time

code = 0
reported = 0


def slow(q):
    time.sleep(0.2)
    q.put("late")


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=slow, args=(q,))
    p.start()
    time.sleep(0.01)
    p.terminate()
    p.join()
    code = p.exitcode
    reported = 0 if q.empty() else 1
    print(code, reported)

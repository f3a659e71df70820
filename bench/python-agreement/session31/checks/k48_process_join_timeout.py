# Process.join(timeout) of a child that sleeps longer: still alive, exitcode None; then a full join
import multiprocessing as mp
import time


def sleeper():
    time.sleep(0.2)


if __name__ == "__main__":
    p = mp.Process(target=sleeper)
    p.start()
    p.join(timeout=0.01)
    early = p.exitcode
    alive = p.is_alive()
    p.join()
    print(early, alive, p.exitcode)

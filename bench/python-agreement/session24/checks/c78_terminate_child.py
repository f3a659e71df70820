"""terminate() stops a child that loops forever: exit code -15 (SIGTERM); the ticks it made stay in the Value."""
import multiprocessing
import time


def ticker(ticks):
    while True:
        with ticks.get_lock():
            ticks.value += 1
        time.sleep(0.005)


if __name__ == "__main__":
    ticks = multiprocessing.Value("i", 0)
    p = multiprocessing.Process(target=ticker, args=(ticks,))
    p.start()
    time.sleep(0.05)
    p.terminate()
    p.join()
    code = p.exitcode
    some_ticks = int(ticks.value > 0)
    print(code, some_ticks)

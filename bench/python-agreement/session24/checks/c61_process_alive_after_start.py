"""Right after start() a child process is alive and has no exit code; after join it has exit code 0."""
import multiprocessing
import time


def nap():
    time.sleep(0.05)


if __name__ == "__main__":
    p = multiprocessing.Process(target=nap)
    p.start()
    alive_at_start = int(p.is_alive())
    no_code_yet = int(p.exitcode is None)
    p.join()
    final_code = p.exitcode
    print(alive_at_start, no_code_yet, final_code)

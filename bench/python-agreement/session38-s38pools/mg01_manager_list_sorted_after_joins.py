# Two processes log finished jobs into a manager's list; main reads it sorted once both are joined.
import multiprocessing as mp


def work(log, jobs):
    for job in jobs:
        log.append(job * 10)


if __name__ == "__main__":
    with mp.Manager() as manager:
        log = manager.list()
        procs = [mp.Process(target=work, args=(log, [3, 1])), mp.Process(target=work, args=(log, [2]))]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        finished = sorted(log)
    print(f"finished={finished}")

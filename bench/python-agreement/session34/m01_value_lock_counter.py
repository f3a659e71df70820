# A multiprocessing Value counter incremented by worker processes under the Value's own lock.
import multiprocessing as mp

votes = 0


def tally(counter, votes):
    for v in votes:
        with counter.get_lock():
            counter.value += v


def main():
    global votes
    counter = mp.Value("i", 0)
    ballots = [[1, 1, 0], [1, 0], [1, 1, 1]]
    procs = [mp.Process(target=tally, args=(counter, b)) for b in ballots]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    exit_codes = [p.exitcode for p in procs]
    votes = counter.value
    print("votes", votes, "exit codes", exit_codes)


if __name__ == "__main__":
    main()

# check: a child process changing an object's attribute leaves the parent's object as it was
import multiprocessing as mp


class Job:
    def __init__(self, name):
        self.name = name
        self.done = 0


def run(job):
    job.done = 1


job = Job("report")

if __name__ == "__main__":
    p = mp.Process(target=run, args=(job,))
    p.start()
    p.join()
    print(job.done)

"""An instance handed to a Process: the child changes its own copy's attribute."""
import multiprocessing


class Job:
    def __init__(self, name):
        self.name = name
        self.state = 0


def run(job):
    job.state = 2


if __name__ == "__main__":
    job = Job("backup")
    p = multiprocessing.Process(target=run, args=(job,))
    p.start()
    p.join()
    parent_state = job.state
    print(parent_state)

# An __init__ with parameters (its first not named self), a class default read after a method
# writes it through one instance, and read from another.
import threading


class Job:
    status = "queued"
    retries = 0

    def __init__(this, name):
        this.name = name

    def run(self):
        self.status = "done"
        self.retries += 1


lock = threading.Lock()
jobs = [Job("a"), Job("b")]


def runner(job):
    with lock:
        job.run()


t = threading.Thread(target=runner, args=(jobs[0],))
t.start()
t.join()
a_status = jobs[0].status
b_status = jobs[1].status
a_retries = jobs[0].retries
b_retries = jobs[1].retries
print(a_status, b_status, a_retries, b_retries, Job.status)

"""The worker reads the attribute that holds its own thread: weft follows it only in the thread that made the instance."""
import threading


class Job:
    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self.saw_self = False

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run)
        self._thread.start()

    def _run(self) -> None:
        self.saw_self = self._thread is not None


job = Job()
job.start()
if job._thread is not None:
    job._thread.join()
print(job.saw_self)
assert job.saw_self

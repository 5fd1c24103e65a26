"""A long operation on a worker thread, behind a progress dialog with Cancel.

The work is a callable `work(progress)` that touches no Qt and no connection of the Desk's
(a backup job, a batch of labels being drawn): it calls `progress(done, total)` as it goes,
and Cancel makes the next call raise `Cancelled`, which the work lets through after
undoing what it started (see the core's use cases).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog

from fulfil_desk.core.kernel.errors import Cancelled, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.render import Wording

SHOW_AFTER_MS = 400  # a quick operation never flashes a dialog


class ProgressWorker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)  # what the work returned
    failed = Signal(object, bool)  # the message (or the UI's own words); True on Cancel

    def __init__(self, *, work, cancelled_text: str, parent=None):
        super().__init__(parent)
        self._work = work
        self.cancelled_text = cancelled_text
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True  # read by the worker at its next step

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled(self.cancelled_text)
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled as exc:
            self.failed.emit(exc.message, True)
            return
        except UserError as exc:
            self.failed.emit(exc.message, False)
            return
        self.done.emit(result)


class ProgressRun(QProgressDialog):
    """`start()` runs the work; then `succeeded(result)` or `failed(sentence, cancelled)`.
    Window-modal: the bench waits for it (Esc or Enter on Cancel cancels).

    `unused_result=True` says the work changed nothing outside (it only made something, as
    the labels' PDF): a Cancel pressed after the last step but before the result reaches the
    window still cancels, and the result is dropped. Work that wrote something (a backup)
    keeps its result, as the packer's Cancel came too late to undo it."""

    succeeded = Signal(object)
    failed = Signal(str, bool)

    def __init__(
        self,
        *,
        work,
        words: Wording,
        text: str,
        cancelled_text: str,
        unused_result: bool = False,
        parent=None,
    ):
        super().__init__(text, "", 0, 0, parent)
        self._words = words
        self._unused_result = unused_result
        self.setWindowTitle(self.tr("fulfil-desk"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setMinimumWidth(420)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Each step as the worker said it and as the bar showed it, recorded by the dialog's
        # own slot, connected before the work starts (a later connection may miss the first).
        self.steps: list[tuple[int, int]] = []
        self.shown: list[tuple[int, int]] = []
        self.worker = ProgressWorker(work=work, cancelled_text=cancelled_text, parent=self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.canceled.connect(self.worker.cancel)

    def start(self) -> None:
        self.setValue(0)
        self.worker.start()

    def cancel_work(self) -> None:
        """What the Cancel button does (for a keyboard shortcut or a test)."""
        self.canceled.emit()

    def _progressed(self, done: int, total: int) -> None:
        if self.wasCanceled():
            return
        maximum = max(total, 1)
        self.steps.append((done, total))  # before setValue, which may deliver the next step
        self.shown.append((min(done, maximum), maximum))
        self.setMaximum(maximum)
        self.setValue(min(done, maximum))

    def _finish(self) -> None:
        self.worker.wait()
        self.reset()
        self.hide()

    def _done(self, result) -> None:
        if self._unused_result and self.worker.cancelled:
            self._failed(self.worker.cancelled_text, True)
            return
        self._finish()
        self.succeeded.emit(result)

    def _failed(self, said: Message | str, cancelled: bool) -> None:
        self._finish()
        self.failed.emit(self._words(said), cancelled)

    def running(self) -> bool:
        return self.worker.isRunning()

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        if self.worker.isRunning():  # closed while working: stop the work first
            self.worker.cancel()
            self.worker.wait()
        super().done(result)

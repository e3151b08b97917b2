import signal
import time

import pytest

from sinmun.corpus.limits import PageTimeout, time_limit


def test_a_slow_block_is_stopped():
    with pytest.raises(PageTimeout) as err:
        with time_limit(0.2):
            time.sleep(3600)  # only the alarm ends this within the test run
    assert err.value.reason == "timeout"


def test_a_quick_block_is_untouched_and_the_timer_is_cleared():
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(30):
        value = sum(range(1000))
    assert value == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # nothing left to fire after the block
    assert signal.getsignal(signal.SIGALRM) is before

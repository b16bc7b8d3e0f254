"""The quiz screen: overview and past attempts, one page per question, feedback, results."""

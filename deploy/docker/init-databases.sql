-- One database per service (each service migrates its own with Flyway).
CREATE DATABASE jixiao_project OWNER jixiao;
CREATE DATABASE jixiao_indicator OWNER jixiao;
CREATE DATABASE jixiao_review OWNER jixiao;
CREATE DATABASE jixiao_evaluation OWNER jixiao;

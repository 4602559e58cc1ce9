/**
 * What every lesson of the course shares, written once: the course's name, who the PDFs name as
 * author, and its characters with their avatars (course/avatars/, served at /course/avatars/ in
 * every lesson by kit/vite/courseAssetsPlugin.ts). A lesson imports these in its data/ and adds
 * its number, its title and, where the story needs it, a speaker's role for that lesson.
 */
import type { Speaker } from 'slidev-addon-lesson-kit/lesson'

export const courseInfo = {
  name: '云原生容器Clouder认证：容器应用与集群管理',
  author: '云原生容器Clouder认证课程组',
  /** The label the source puts before a lesson's one-line summary. */
  summaryLabel: '简介',
} as const

/** The course's characters, by id. */
export const characters = {
  xiaochen: {
    id: 'xiaochen',
    name: '小陈',
    role: '初级工程师',
    avatar: '/course/avatars/xiaochen.svg',
    side: 'left',
  },
  daliu: {
    id: 'daliu',
    name: '大刘',
    role: '资深工程师，小陈的师傅',
    avatar: '/course/avatars/daliu.svg',
    side: 'right',
  },
} as const satisfies Record<string, Speaker>
